import sys
def main():
    try:
        sys.exit(42)
    finally:
        print('cleanup before exit')
main()
