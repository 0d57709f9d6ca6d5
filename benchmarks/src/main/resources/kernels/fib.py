"""Kernel: recursive fib(25): calls, small-int arithmetic, global lookups."""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def kernel():
    return fib(25)


EXPECT = 75025
