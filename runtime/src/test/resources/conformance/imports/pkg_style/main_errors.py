try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    from shapes import nothing_by_this_name
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
import shapes
print(shapes.hidden())
