import tool
import os
print(os.path.basename(tool.__file__), tool.__name__)
print(os.path.basename(__file__), __name__)
print(callable(tool.run), 'run' in vars(tool))
