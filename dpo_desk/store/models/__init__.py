"""Every table, imported so that `Base.metadata` is complete for migrations and tests."""

from dpo_desk.store.models import attachments, breaches, records, register, requests  # noqa: F401
from dpo_desk.store.models.base import Base
from dpo_desk.store.models.core import AuditEntry, Organisation, ReferenceCounter, Setting, StoreMeta

__all__ = ["AuditEntry", "Base", "Organisation", "ReferenceCounter", "Setting", "StoreMeta"]
