using YamlDotNet.Core;

namespace DeckBuild.Diagnostics;

/// <summary>Turns a YamlDotNet error into a message without its own position prefix: the diagnostic has one.</summary>
public static class YamlErrorText
{
    public static string Of(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        var prefixed = close >= 0 && message.StartsWith("(Line", StringComparison.Ordinal);
        var text = prefixed ? message[(close + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }
}
