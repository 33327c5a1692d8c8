"""Turn the surface forms of amounts, counts, dates, durations and names into graph values.

Government texts write the same fact many ways ("more than $17 million", "$17.1M",
"nearly eight years", "Oct. 2020"); the graph stores one form (integer USD, ISO dates,
months) plus a qualifier, so queries compare like with like. Every function here is pure and
returns None when it cannot read its input, so a caller can try several readings.
"""

from extract.normalize.counts import parse_count, parse_duration_months
from extract.normalize.dates import parse_date, parse_period
from extract.normalize.money import Amount, Money, parse_amount, parse_money
from extract.normalize.numbers import parse_number, split_qualifier
from extract.normalize.payments import payment_kind

__all__ = ["Amount", "Money", "parse_amount", "parse_count", "parse_date",
           "parse_duration_months", "parse_money", "parse_number", "parse_period",
           "payment_kind", "split_qualifier"]
