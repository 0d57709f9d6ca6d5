print("before")
eval("1 +")
