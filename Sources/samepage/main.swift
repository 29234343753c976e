print("samepage")
