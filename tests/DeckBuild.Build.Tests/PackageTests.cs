using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeckBuild.Build.Tests;

/// <summary>
/// The NuGet package, consumed the way a course author would: a fresh project with a plain PackageReference,
/// restored from a local folder feed into an empty package cache.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private readonly PackedFeed feed;

    public PackageTests(PackedFeed feed) => this.feed = feed;

    [Fact]
    public void A_course_consuming_the_package_builds_its_decks_and_reports_problems()
    {
        var course = feed.NewCourse();
        File.WriteAllText(Path.Combine(course, "slides", "intro.md"),
            "# Intro\n\n<div data-fragment-index=\"2\">Hi</div>\n\n```csharp\nvar answer = 42;\n```\n");

        var (exitCode, log, _) =
            CourseProject.Dotnet(course, feed.Environment, "build", "--tl:off", "-nodeReuse:false");

        Assert.True(exitCode == 0, log);
        Assert.Contains("slides/intro.md(3,6): warning DECK402: <div> has data-fragment-index=\"2\"", log);
        Assert.Contains("DeckBuild: 1 decks, 1 slides, 1 code blocks, 0 errors, 1 warnings", log);
        var output = Path.Combine(course, "bin", "Debug", "net10.0", "slides");
        Assert.True(File.Exists(Path.Combine(output, "intro.html")));
        Assert.True(File.Exists(Path.Combine(output, "_deckbuild", "reveal", "reveal.js")));
    }

    [Fact]
    public void The_package_is_a_development_dependency_that_adds_nothing_to_the_course_assembly()
    {
        var course = feed.NewCourse();
        File.WriteAllText(Path.Combine(course, "slides", "intro.md"), "# Intro\n");

        var (exitCode, log, _) =
            CourseProject.Dotnet(course, feed.Environment, "build", "--tl:off", "-nodeReuse:false");

        Assert.True(exitCode == 0, log);
        var bin = Path.Combine(course, "bin", "Debug", "net10.0");
        Assert.DoesNotContain(Directory.GetFiles(bin), f => Path.GetFileName(f) is "DeckBuild.dll" or "Markdig.dll"
            or "DeckBuild.Tasks.dll");
        using var stream = File.OpenRead(Path.Combine(bin, "Course.dll"));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name));
        Assert.DoesNotContain(references, name => name.StartsWith("DeckBuild", StringComparison.Ordinal));
        var nuspec = File.ReadAllText(Directory.GetFiles(feed.Packages, "deckbuild.nuspec", SearchOption.AllDirectories)
            .Single());
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
    }

    /// <summary>Packs DeckBuild once into a temporary feed, with a version no package cache has seen.</summary>
    public sealed class PackedFeed : IDisposable
    {
        public PackedFeed()
        {
            Root = Path.Combine(Path.GetTempPath(), "deckbuild-package", Guid.NewGuid().ToString("N")[..12]);
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages");
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };
            var project = Path.Combine(CourseProject.RepositoryRoot, "src", "DeckBuild.Tasks",
                "DeckBuild.Tasks.csproj");
            var (exitCode, log, _) = CourseProject.Dotnet(CourseProject.RepositoryRoot, Environment, "pack", project,
                "--no-build", "-c", CourseProject.Configuration, "-o", Feed, $"-p:Version={Version}");
            if (exitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + log);
            }
        }

        public string Root { get; }

        public string Feed { get; }

        public string Packages { get; }

        public string Version { get; }

        public Dictionary<string, string> Environment { get; }

        /// <summary>A new course folder that knows only the local feed.</summary>
        public string NewCourse()
        {
            var course = Path.Combine(Root, "course-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(Path.Combine(course, "slides"));
            File.WriteAllText(Path.Combine(course, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(course, "Course.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="DeckBuild" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            return course;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
