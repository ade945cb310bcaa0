"""A made-up wire story (the Valmora ferry suspension) that the cleaner tests wrap in page
chrome: each paragraph is story prose the cleaner must keep."""

from __future__ import annotations

from flashpoint.clean.boilerplate import strip_boilerplate

LEDE = (
    "The port authority in Valmora suspended all night-time ferry sailings on Monday after a "
    "second engine fire in a week, leaving about 3,000 island commuters without a service."
)
BODY = (
    "Inspectors found that both vessels had missed their annual checks, the transport "
    "ministry said in a statement, and the operator's licence is now under review."
)
MORE = (
    "Island councillors said the suspension would hit nurses and shift workers hardest, and "
    "asked the government to charter replacement boats within the week."
)
EARLIER = (
    "The same operator lost a smaller boat to a galley fire two years ago, when nobody was "
    "hurt but the crossing to the outer islands was closed for nine days in midsummer."
)
QUOTE = (
    '"We were told the engines had been serviced in January, and now we learn that nobody '
    "checked them at all,\" said Ines Caldeira, who chairs the commuters' association."
)
LAST = (
    "The operator has said it will appeal against any decision to revoke its licence, and "
    "the ministry expects to rule on the case before the end of the month."
)


def removed(text: str) -> dict[str, str]:
    """Return each removed line of a page, with the reason it was removed."""
    return {line: r.reason for r in strip_boilerplate(text)[1] for line in r.text.split("\n")}
