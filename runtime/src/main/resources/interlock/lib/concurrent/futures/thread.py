"""concurrent.futures.thread: ThreadPoolExecutor (defined in the package itself)."""

from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool, _WorkItem
