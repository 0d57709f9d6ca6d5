import tool
def main():
    print('main() of', __name__)
    print(tool.run())
if __name__ == '__main__':
    main()
