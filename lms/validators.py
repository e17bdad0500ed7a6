from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first_eleven: str) -> int | None:
    """The 12th digit of an IIN, or None when no valid check digit exists for these 11 digits."""
    digits = [int(c) for c in first_eleven]
    check = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_1, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_2, strict=True)) % 11
    return None if check == 10 else check


def validate_iin(value: str) -> None:
    """An IIN is 12 digits whose last digit is the checksum of the first eleven."""
    # isascii(): str.isdigit() also accepts other scripts' digits and superscripts.
    if not (isinstance(value, str) and len(value) == 12 and value.isascii() and value.isdigit()):
        raise ValidationError(_("An IIN has exactly 12 digits."), code="iin_format")
    if iin_check_digit(value[:11]) != int(value[11]):
        raise ValidationError(_("This IIN has a wrong check digit."), code="iin_checksum")


def iin_build(*, born, serial: int, female: bool = False) -> str:
    """A checksum-valid IIN for someone born on `born` (for demo data and tests): date of birth,
    the century/sex digit, a serial, then the check digit (the next serial when none exists)."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + int(female)
    for n in range(serial, serial + 20):
        first = f"{born:%y%m%d}{century_digit}{n % 10000:04d}"
        check = iin_check_digit(first)
        if check is not None:
            return first + str(check)
    raise ValueError(f"no valid IIN near serial {serial}")
