def run():
    return 'tool.run called'
print('tool __name__ is', __name__)
if __name__ == '__main__':
    print('tool executed as a script')
else:
    print('tool imported')
