class Boom(RuntimeError):
    pass
raise Boom
