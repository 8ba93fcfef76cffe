# Uncaught user-defined exception with a plain message.
class ConfigError(Exception):
    pass
settings = {"debug": "yes"}
if settings["debug"] not in ("true", "false"):
    raise ConfigError("debug must be 'true' or 'false'")
