"""Problems found in a bundle, each naming the member, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass

from hytedesk.base import i18n

i18n.register(
    {
        "bundle.rejected": {
            "fi": "Luettelopaketti {name} hylättiin ({count} virhettä). Nykyinen luettelo on "
            "yhä käytössä. Ensimmäinen virhe: {first}",
            "sv": "Katalogpaketet {name} avvisades ({count} fel). Den nuvarande katalogen "
            "används fortfarande. Första felet: {first}",
            "en": "The catalogue bundle {name} was rejected ({count} problems). The current "
            "catalogue is still in use. First problem: {first}",
        },
    }
)


@dataclass(frozen=True)
class Problem:
    """One problem: ``key`` names a registered message, ``params`` fill it."""

    member: str
    line: int  # 0 when the problem is not about one line
    field: str
    key: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, member: str, line: int, field: str, key: str, **params: object) -> Problem:
        return cls(member, line, field, key, tuple(sorted(params.items())))

    def message(self, lang: str | None = None) -> str:
        return i18n.text(self.key, lang, **dict(self.params))

    def text(self, lang: str | None = None) -> str:
        where = f"{self.member}:{self.line}" if self.line else self.member
        msg = self.message(lang)
        return f"{where}: {self.field}: {msg}" if self.field else f"{where}: {msg}"

    def __str__(self) -> str:
        return self.text()


class BundleError(i18n.UserError):
    """A bundle that is invalid anywhere is rejected whole; ``problems`` lists why."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        super().__init__(
            "bundle.rejected", name=name, count=len(problems), first=str(problems[0])
        )
        self.problems = problems
