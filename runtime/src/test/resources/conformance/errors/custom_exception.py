class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f'missing setting {name!r}')
print('loading')
load('port')
