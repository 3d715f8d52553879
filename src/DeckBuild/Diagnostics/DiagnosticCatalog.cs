using System.Reflection;
using static DeckBuild.Diagnostics.DiagnosticSeverity;

namespace DeckBuild.Diagnostics;

/// <summary>
/// Every code DeckBuild reports. Ranges by area: 1xx deck files and HTML, 2xx timeline files, 3xx timeline
/// placeholders, 4xx fragments, 5xx images and assets, 6xx C# code blocks, 9xx the build itself.
/// Each code has a page under <c>docs/diagnostics/</c>; a test fails when one is missing.
/// </summary>
public static class DiagnosticCatalog
{
    // 1xx: deck files, front matter and inline HTML.
    public static readonly DiagnosticDescriptor DeckNotReadable = new(
        "DECK101", "File cannot be read",
        "The file cannot be read: {0}. Check that it exists and is not locked by another program.", Error);

    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "DECK102", "File is not valid UTF-8",
        "This byte sequence is not valid UTF-8 and was replaced by '\uFFFD'. Save the file as UTF-8.", Warning);

    public static readonly DiagnosticDescriptor InvalidFrontMatter = new(
        "DECK103", "Front matter is not valid YAML",
        "The front matter is not valid YAML: {0}. Fix the YAML between the opening and closing '---' lines.", Error);

    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = new(
        "DECK104", "Unknown front matter key",
        "Unknown front matter key '{0}'; it is ignored. Known keys: {1}.", Warning);

    public static readonly DiagnosticDescriptor InvalidFrontMatterValue = new(
        "DECK105", "Invalid front matter value",
        "Front matter key '{0}' has the invalid value '{1}': {2}.", Error);

    public static readonly DiagnosticDescriptor NestedTooDeeply = new(
        "DECK106", "Markdown nested too deeply",
        "This slide nests Markdown (lists, quotes, brackets or emphasis) more than {0} levels deep, which " +
        "DeckBuild does not read. Flatten the structure, or escape brackets meant as text (\\[).", Error);

    public static readonly DiagnosticDescriptor HtmlNestedTooDeeply = new(
        "DECK115", "HTML nested too deeply",
        "More than {0} HTML elements are open at once here, which DeckBuild does not read, so the HTML of this " +
        "slide or file is not checked. Close the elements you open, or flatten the structure.", Error);

    public static readonly DiagnosticDescriptor UnclosedElement = new(
        "DECK110", "HTML element not closed within its slide",
        "<{0}> is never closed in this slide; DeckBuild closes it at the end of the slide. Add '</{0}>' where the " +
        "element should end.", Warning);

    public static readonly DiagnosticDescriptor SwallowingElement = new(
        "DECK111", "HTML block swallows the following slides",
        "{0} is never closed, so everything after it, including the following slides, would become part of it. " +
        "Close it with '{1}' in this slide.", Error);

    public static readonly DiagnosticDescriptor StrayEndTag = new(
        "DECK112", "Closing tag without an opening tag",
        "'</{0}>' has no matching '<{0}>' in this slide, so it would close the slide's own container and break " +
        "the slides after it. Remove it, or move the opening tag into this slide.", Error);

    public static readonly DiagnosticDescriptor ElementCommentInHtml = new(
        "DECK114", "Element attribute comment inside an HTML block",
        "'{0}' sits inside an HTML block, where DeckBuild cannot attach it to an element; it is ignored. Write the " +
        "attributes on the HTML element itself.", Warning);

    public static readonly DiagnosticDescriptor InvalidAttributeComment = new(
        "DECK113", "Attribute comment cannot be read",
        "'{0}' has no attributes DeckBuild can read; write them as name=\"value\", for example " +
        "<!-- .element: class=\"fragment\" -->.", Warning);

    // 2xx: timeline files.
    public static readonly DiagnosticDescriptor TimelineSyntax = new(
        "DECK201", "Timeline file is not valid",
        "The timeline file is not valid: {0}.", Error);

    public static readonly DiagnosticDescriptor TimelineUnknownKey = new(
        "DECK202", "Unknown key in a timeline event",
        "Unknown key '{0}' in a timeline event. Allowed keys: year, name, author, position.", Error);

    public static readonly DiagnosticDescriptor TimelineMissingField = new(
        "DECK203", "Timeline event lacks a required field",
        "This timeline event has no '{0}'. Every event needs a year and a name.", Error);

    public static readonly DiagnosticDescriptor TimelineDuplicateKey = new(
        "DECK204", "Duplicate key in a timeline event",
        "Key '{0}' appears twice in this timeline event; keep one of them.", Error);

    public static readonly DiagnosticDescriptor TimelineInvalidValue = new(
        "DECK205", "Invalid value in a timeline event",
        "'{0}' is not a valid {1}: {2}.", Error);

    public static readonly DiagnosticDescriptor TimelineDuplicateName = new(
        "DECK206", "Two timeline files share a name",
        "The timeline name '{0}' is also defined by '{1}'; this file is ignored. Rename one of the files.", Error);

    public static readonly DiagnosticDescriptor TimelineDuplicateEvent = new(
        "DECK207", "Two timeline events share a position",
        "Another event of this timeline already sits at {0} ('{1}'), so the two would be drawn on top of each other. " +
        "Give one of them a 'position' such as {2}.", Warning);

    // 3xx: timeline placeholders in decks.
    public static readonly DiagnosticDescriptor UnknownTimeline = new(
        "DECK301", "Unknown timeline",
        "There is no timeline named '{0}'.{1} Timelines are the DeckTimeline files, each named after its file.",
        Error);

    public static readonly DiagnosticDescriptor PlaceholderOutsideTimeline = new(
        "DECK302", "Timeline placeholder outside a timeline element",
        "'{0}' must sit inside an element with class=\"timeline\" and a style giving --start-year and --end-year.",
        Error);

    public static readonly DiagnosticDescriptor MissingYearRange = new(
        "DECK303", "Timeline element without a year range",
        "This timeline element {0}. Add style=\"--start-year: 1950; --end-year: 2020;\" with whole years, " +
        "the start before the end.", Error);

    public static readonly DiagnosticDescriptor InvalidFragmentEntry = new(
        "DECK304", "Timeline fragment entry is not year:index",
        "'{0}' in {1} is not 'year:index'; write entries such as \"2017:0,2018:1\".", Error);

    public static readonly DiagnosticDescriptor UnknownTimelineYear = new(
        "DECK305", "Year not in the timeline",
        "Timeline '{0}' has no event in {1}{2}.", Error);

    public static readonly DiagnosticDescriptor InvalidTimelineFragmentIndex = new(
        "DECK306", "Timeline fragment index is not a non-negative integer",
        "'{0}' is not a fragment index; use a whole number from 0 up, as in \"{1}:0\".", Error);

    public static readonly DiagnosticDescriptor EventOutsideRange = new(
        "DECK307", "Timeline event outside the year range",
        "Event '{0}' ({1}) of timeline '{2}' lies outside --start-year {3} .. --end-year {4} and is left out. " +
        "Widen the range to show it.", Warning);

    public static readonly DiagnosticDescriptor YearInTwoLists = new(
        "DECK308", "Year named in two fragment lists",
        "{0} is already named in {1}; the first one wins. Name each year once.", Warning);

    public static readonly DiagnosticDescriptor UnknownTimelineAttribute = new(
        "DECK309", "Unknown timeline attribute",
        "'{0}' is not a timeline attribute and does nothing. Use data-timeline-fragments-select or " +
        "data-timeline-fragments-color-0, -1 or -2.", Warning);

    public static readonly DiagnosticDescriptor SelectedYearOutsideRange = new(
        "DECK310", "Selected year outside the year range",
        "{0} is outside --start-year {1} .. --end-year {2}, so its event is not shown and the step does nothing.",
        Error);

    public static readonly DiagnosticDescriptor TwoPlaceholdersInOneTimeline = new(
        "DECK311", "Two placeholders in one timeline element",
        "This timeline element already holds '{0}'; give each placeholder its own element with class=\"timeline\".",
        Error);

    // 4xx: fragments.
    public static readonly DiagnosticDescriptor InvalidFragmentIndex = new(
        "DECK401", "data-fragment-index is not a non-negative integer",
        "data-fragment-index=\"{0}\" is not a whole number from 0 up; reveal.js would ignore it.", Error);

    public static readonly DiagnosticDescriptor IndexWithoutFragment = new(
        "DECK402", "data-fragment-index on an element that is not a fragment",
        "<{0}> has data-fragment-index=\"{1}\" but no class \"fragment\", so the index does nothing. Add " +
        "class=\"fragment\" or remove the attribute.", Warning);

    public static readonly DiagnosticDescriptor MixedFragmentIndices = new(
        "DECK403", "Slide mixes indexed and unindexed fragments",
        "This fragment has no data-fragment-index while others on the slide have one; reveal.js shows it after " +
        "all indexed fragments (step {0}), not in document order. Give it an index.", Warning);

    // 5xx: images and other assets.
    public static readonly DiagnosticDescriptor MissingAsset = new(
        "DECK501", "Image or asset not found",
        "'{0}' does not exist (looked for {1}); the slide would show a broken image. Add the file or fix the path.",
        Warning);

    public static readonly DiagnosticDescriptor AssetOutsideRoot = new(
        "DECK502", "Asset outside the slides folder",
        "'{0}' points outside the slides folder '{1}'; only files inside it are copied to the output. " +
        "Move the file into the slides folder.", Error);

    // 6xx: C# code blocks.
    public static readonly DiagnosticDescriptor UnknownCodeModifier = new(
        "DECK601", "Unknown code block modifier",
        "'{0}' is not a code block modifier. Known modifiers: hidden, reset, standalone, fails, fails=CS0029, " +
        "nocheck=\"reason\".", Error);

    public static readonly DiagnosticDescriptor ExpectedFailureCompiled = new(
        "DECK602", "Block expected to fail compiles",
        "This block is marked '{0}' but compiles without errors. Remove the modifier, or make the code show the " +
        "mistake it is meant to show.", Error);

    public static readonly DiagnosticDescriptor ExpectedCodesMissing = new(
        "DECK603", "Block fails with other errors than expected",
        "This block is expected to fail with {0}, but the compiler reported {1}. Fix the code or the list of codes.",
        Error);

    public static readonly DiagnosticDescriptor NoCheckWithoutReason = new(
        "DECK604", "Unchecked block without a reason",
        "'nocheck' needs a reason, as in nocheck=\"needs a GPU\", so readers know why this block is not compiled.",
        Error);

    public static readonly DiagnosticDescriptor ConflictingCodeModifiers = new(
        "DECK605", "Code block modifiers that contradict each other",
        "'{0}' and '{1}' cannot be used together on one block; keep one of them.", Error);

    public static readonly DiagnosticDescriptor ReferenceNotLoaded = new(
        "DECK606", "Reference cannot be read",
        "The reference '{0}' cannot be read ({1}); code blocks are checked without it.", Warning);

    public static readonly DiagnosticDescriptor CompilerFailed = new(
        "DECK608", "C# compiler failed on a block",
        "The C# compiler failed while checking this block ({0}), so the block is not checked. This is a fault in " +
        "the compiler, not in DeckBuild; rewrite the construct it trips on, or mark the block nocheck=\"reason\".",
        Warning);

    public static readonly DiagnosticDescriptor CompilerUnavailable = new(
        "DECK607", "C# compiler not available",
        "C# code blocks cannot be checked: {0}. Build with the .NET SDK ('dotnet build'), or set DeckCheckCode=false.",
        Error);

    // 9xx: the build itself.
    public static readonly DiagnosticDescriptor OutputNotWritable = new(
        "DECK901", "Output cannot be written",
        "Cannot write '{0}': {1}.", Error);

    public static readonly DiagnosticDescriptor DuplicateOutput = new(
        "DECK902", "Two decks write the same output file",
        "This deck and '{0}' would both be written to '{1}'. Rename one of them.", Error);

    public static readonly DiagnosticDescriptor InternalError = new(
        "DECK999", "Internal error",
        "DeckBuild failed on this file: {0}. The other files were still checked; please report this with the file.",
        Error);

    /// <summary>All descriptors, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();
}
