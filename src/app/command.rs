//! User actions, queued during a frame and run once after it, so widgets
//! never change the app's state behind each other's backs.

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an event by dataset index.
    Select(usize),
    ClearSelection,
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    ZoomIn,
    ZoomOut,
    FitAll,
    /// Show a span of epoch days.
    ZoomTo(f64, f64),
    /// The filters were edited: rebuild what the timeline shows.
    FiltersChanged,
    ToggleTheme,
    /// Select a trade figure.
    SelectFigure(crate::charts::FigureRef),
    /// The pointer is over a period on a chart.
    HoverSpan(f64, f64),
    ToggleWarnings,
    ToggleExport2x,
    /// Open a data file.
    Open(std::path::PathBuf),
    OpenBundled,
    /// Ask for a file to open.
    OpenDialog,
    /// Read the open file again.
    Reload,
    /// Export a chart (or the timeline) as a PNG or to the clipboard.
    Export(crate::charts::ChartId, super::exporting::ExportTarget),
}
