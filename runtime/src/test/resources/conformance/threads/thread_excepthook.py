import threading

def boom():
    raise ValueError("bad value")

t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print("main continues", t.is_alive())

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="second")
t.start(); t.join()
print(caught)
