print(chr(65), chr(97), chr(0x263A), chr(8364), ord('A'), ord('€'), ord('\n'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hex(255), hex(-255), hex(0), hex(2 ** 70), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
print([ord(c) for c in 'Hi!'], [chr(i) for i in range(48, 58)])
