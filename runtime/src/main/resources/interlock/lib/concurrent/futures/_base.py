"""concurrent.futures._base: the futures, waiting and executor base of concurrent.futures
(all defined in the package itself)."""

from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED, PENDING,
                                RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED, _STATE_TO_DESCRIPTION_MAP,
                                Error, CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
                                DoneAndNotDoneFutures, Future, Executor, wait, as_completed)
