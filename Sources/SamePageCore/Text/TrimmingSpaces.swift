extension String {
    /// Without the spaces at either end (only spaces: names and paths keep every other character).
    public var trimmingSpaces: Substring {
        let trimmedStart = drop { $0 == " " }
        return trimmedStart.dropLast(trimmedStart.reversed().prefix { $0 == " " }.count)
    }
}
