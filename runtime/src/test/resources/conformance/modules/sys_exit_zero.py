import sys
print('before exit')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no arg code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('str code', e.code)
def cleanup():
    try:
        sys.exit(0)
    finally:
        print('finally runs on exit')
cleanup()
print('not reached')
