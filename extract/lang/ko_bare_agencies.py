"""A department named bare in a Korean report about the United States.

법무부 ("the Ministry/Department of Justice") is the ROK's ministry in Korean and the US
department in a report about US courts; the native list gives only the qualified forms (미
법무부, 미국 법무부). A bare 법무부 is the US Department of Justice where the document's
front matter lists the United States as its only issuing state and the text never names the
ROK's ministry (한국 법무부, 우리 법무부, 대한민국 법무부); otherwise it stays unread (a
wrong agency is worse than none). As a bare 財務省 in a Japanese report about the US.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found
from extract.lang.names import entry_properties
from extract.lang.native import NativeGazetteer

_BARE = re.compile(r"(?<![가-힣])법무부")
_KOREAN = re.compile(r"(?:한국|우리|대한민국|한국\s*정부)\s*법무부|법무부\s*장관")


def add_bare_justice(builder: DocBuilder, native: NativeGazetteer) -> None:
    states = {i.get("country") for i in builder.meta.issuers if i.get("country")}
    if states != {"US"} or _KOREAN.search(builder.text):
        return
    entries = native.english.lookup("Department of Justice", "Agency")
    if not entries:
        return
    entry = entries[0]
    for match in _BARE.finditer(builder.text):
        if any(f.start < match.end() and match.start() < f.end for f in builder.found):
            continue  # part of a name already read (미 법무부)
        builder.add(Found(match.start(), match.end(), match.group(0), "Agency", entry.id,
                          entry.name, properties=entry_properties(entry), confidence=0.8))
