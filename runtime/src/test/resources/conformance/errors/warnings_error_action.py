# The "error" action turns a warning into an exception; uncaught, it ends the program.
import warnings

warnings.simplefilter("error", RuntimeWarning)
warnings.warn("only shown", UserWarning)  # still printed to stderr, not an error
print("before")
warnings.warn("numbers went wrong", RuntimeWarning)
print("not reached")
