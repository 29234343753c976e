import SamePageViews

extension App {
    /// An event, then the frame it leads to laid out and sent back, as the terminal loop does after each
    /// key, so that scrolling and paging meet the same ends as on screen.
    @discardableResult
    public mutating func send(_ event: Event) -> Effect? {
        let effect = handle(event)
        _ = handle(.laidOut(frame().layout))
        return effect
    }
}
