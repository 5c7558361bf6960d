"""The fields of an office's profile, apart from the services so the command line can list
them without importing the database layer."""

PROFILE_FIELDS = ("name", "code", "committee", "prefix", "region", "address", "phone")
