"""Japanese and Korean documents: language detection, native-script names, romanization,
and the rules that read designations, issuers and warnings in those languages."""
