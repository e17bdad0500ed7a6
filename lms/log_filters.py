"""Log records never carry a servant's full IIN: any run of exactly 12 digits is masked to its
last four."""

import logging
import re

IIN_PATTERN = re.compile(r"(?<!\d)\d{8}(\d{4})(?!\d)")


class MaskIINFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = IIN_PATTERN.sub(r"********\1", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
