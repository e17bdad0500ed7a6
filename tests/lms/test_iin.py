import pytest
from django.core.exceptions import ValidationError

from lms.validators import iin_check_digit, validate_iin
from tests.factories import make_iin


def test_generated_iin_passes_validation():
    validate_iin(make_iin(7))


@pytest.mark.parametrize("value", ["", "12345678901", "1234567890123", "88041230001a"])
def test_iin_must_have_twelve_digits(value):
    with pytest.raises(ValidationError) as error:
        validate_iin(value)
    assert error.value.code == "iin_format"


def test_iin_with_wrong_check_digit_is_rejected():
    good = make_iin(3)
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    with pytest.raises(ValidationError) as error:
        validate_iin(bad)
    assert error.value.code == "iin_checksum"


def test_check_digit_uses_second_weights_when_first_sum_gives_ten():
    # 11 digits whose first weighted sum is 10 mod 11 need the second weight set.
    digits = "00000000010"  # weight 10 on the tenth digit gives 10
    assert sum(int(d) * w for d, w in zip(digits, range(1, 12), strict=True)) % 11 == 10
    assert iin_check_digit(digits) == (1 * 1) % 11
