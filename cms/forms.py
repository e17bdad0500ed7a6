from django import forms


class AttendanceForm(forms.Form):
    """One "attended" checkbox per registration; an unticked box means "did not attend"."""

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = registrations
        for registration in registrations:
            self.fields[self._name(registration)] = forms.BooleanField(
                required=False,
                initial=bool(registration.attended),
                label=registration.user.get_full_name() or registration.user.email,
            )

    @staticmethod
    def _name(registration) -> str:
        return f"attended_{registration.user_id}"

    def rows(self):
        return [
            (registration, self[self._name(registration)]) for registration in self.registrations
        ]

    def marks(self) -> dict[int, bool]:
        return {r.user_id: self.cleaned_data[self._name(r)] for r in self.registrations}
