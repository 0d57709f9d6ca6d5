from typing import List, Dict, Tuple, Sequence, Iterator, Callable, Union, Optional, Any
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), issubclass(list, Sequence), isinstance(iter([]), Iterator),
      isinstance(len, Callable), isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]), issubclass(bool, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]), lambda: isinstance(1, 3), lambda: issubclass(int, 'x')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
