"""Every trigger, in the order the frames stage tries them, and the frame each predicate evokes.

The declarations they are built from (frames, the Trigger record, shared regex fragments) are in
loaders/patterns.py.
"""

from __future__ import annotations

from loaders.patterns import Frame, Trigger
from loaders.triggers.acts import ACT_TRIGGERS
from loaders.triggers.presence import PRESENCE_TRIGGERS
from loaders.triggers.speech import SPEECH_ACT_TRIGGERS
from loaders.triggers.stances import STANCE_TRIGGERS
from loaders.triggers.status import STATUS_TRIGGERS

TRIGGERS: tuple[Trigger, ...] = (
    *ACT_TRIGGERS,
    *PRESENCE_TRIGGERS,
    *SPEECH_ACT_TRIGGERS,
    *STANCE_TRIGGERS,
    *STATUS_TRIGGERS,
)
# The frame of each predicate that a trigger says.
FRAME_OF: dict[str, Frame] = {t.predicate: t.frame for t in TRIGGERS}
