namespace DeckBuild.Benchmarks;

/// <summary>A course project in a temporary folder wired to this repository's DeckBuild, as a package user's
/// project would be.</summary>
public sealed class TempCourse : IDisposable
{
    public TempCourse(string name)
    {
        Directory = Path.Combine(Path.GetTempPath(), "deckbuild-bench", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Directory);
        var build = Paths.Repo("build");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"),
            $"<Project><Import Project=\"{build}/DeckBuild.props\" /></Project>");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), $"""
            <Project>
              <PropertyGroup><DeckBuildTaskAssembly>{Paths.TaskAssembly}</DeckBuildTaskAssembly></PropertyGroup>
              <Import Project="{build}/DeckBuild.targets" />
            </Project>
            """);
    }

    public string Directory { get; }

    /// <summary>Copies the sample course (project file and slides) into this folder.</summary>
    public static TempCourse FromSample()
    {
        var course = new TempCourse("sample");
        var sample = Paths.Repo("samples/AttentionCourse");
        foreach (var file in System.IO.Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                                 !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var target = Path.Combine(course.Directory, Path.GetRelativePath(sample, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return course;
    }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Changes a deck's content (a new comment at its end), so DeckBuild must check it again rather than
    /// take it from its cache.</summary>
    public void Edit(string relative) =>
        File.AppendAllText(Path.Combine(Directory, relative), $"\n<!-- edit {Guid.NewGuid():N} -->\n");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
