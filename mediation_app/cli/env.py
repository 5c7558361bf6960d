"""Environment variables the commands read: here, so the parser can name them cheaply."""

USER_ENV = "MEDIATION_USER"
PASSWORD_ENV = "MEDIATION_PASSWORD"
PASSWORD_FILE_ENV = "MEDIATION_PASSWORD_FILE"
RECOVERY_ENV = "MEDIATION_RECOVERY_KEY"
