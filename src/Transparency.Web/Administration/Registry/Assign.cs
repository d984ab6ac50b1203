namespace Transparency.Web.Administration.Registry;

/// <summary>Sets a value only when it differs, and says so: re-importing the same file changes nothing.</summary>
public static class Assign
{
    public static bool IfChanged<T>(T current, T value, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }

        set(value);
        return true;
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
