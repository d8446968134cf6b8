"""The guided referral: checklist, recommendations, handout, anonymous record, follow-up,
local services and statistics (issue 3). No Qt here; the GUI is ``hytedesk.ui.referral``.

Importing this package adds the local services of ``local.db`` to ``hytedesk.catalogue.search``.
"""

from __future__ import annotations

from hytedesk.referrals.local_services import install_search_hook

install_search_hook()
