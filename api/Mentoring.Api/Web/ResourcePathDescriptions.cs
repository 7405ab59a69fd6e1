using System.Text;
using System.Text.RegularExpressions;
using Google.Api;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Mentoring.Api.Web;

/// <summary>
/// Spells out resource-name path variables for OpenAPI: Grpc.Swagger describes <c>/v1/{name=programmes/*}</c> and
/// <c>/v1/{name=programmes/*/participants/*}</c> both as <c>/v1/{name}</c>, which OpenAPI cannot tell apart
/// (dotnet/aspnetcore#64879), so each becomes <c>/v1/programmes/{programme}/participants/{participant}</c>, the URL a
/// client actually sends. Transcoding itself matches the annotation and is not touched.
/// </summary>
internal sealed partial class ResourcePathDescriptions : IApiDescriptionProvider
{
    // Runs after Grpc.Swagger's provider has described the transcoded methods.
    public int Order => 1000;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            if (description.ActionDescriptor.EndpointMetadata.OfType<GrpcJsonTranscodingMetadata>().FirstOrDefault() is not { } transcoding
                || Template(transcoding.HttpRule) is not { } template)
            {
                continue;
            }

            var path = new StringBuilder();
            foreach (Match variable in Variable().Matches(template))
            {
                var field = variable.Groups["field"].Value;
                var original = description.ParameterDescriptions.FirstOrDefault(p => p.Name == field);
                if (original is null || !variable.Groups["segments"].Success)
                {
                    continue;
                }

                description.ParameterDescriptions.Remove(original);
                var segments = variable.Groups["segments"].Value.Split('/');
                for (var i = 0; i < segments.Length; i++)
                {
                    if (segments[i] != "*")
                    {
                        continue;
                    }

                    var name = i > 0 ? Singular(segments[i - 1]) : field;
                    segments[i] = "{" + name + "}";
                    description.ParameterDescriptions.Add(new ApiParameterDescription
                    {
                        Name = name,
                        Source = original.Source,
                        Type = original.Type,
                        ModelMetadata = original.ModelMetadata,
                        IsRequired = true,
                    });
                }

                template = template.Replace(variable.Value, string.Join('/', segments), StringComparison.Ordinal);
            }

            description.RelativePath = template.TrimStart('/');
        }
    }

    private static string? Template(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => rule.Get,
        HttpRule.PatternOneofCase.Post => rule.Post,
        HttpRule.PatternOneofCase.Put => rule.Put,
        HttpRule.PatternOneofCase.Patch => rule.Patch,
        HttpRule.PatternOneofCase.Delete => rule.Delete,
        _ => null,
    };

    // "programmes" → "programme", "matches" → "match", "apiKeys" → "apiKey".
    private static string Singular(string collection) =>
        collection.EndsWith("ches", StringComparison.Ordinal) ? collection[..^2]
        : collection.EndsWith('s') ? collection[..^1]
        : collection;

    [GeneratedRegex(@"\{(?<field>[a-z_.]+)(=(?<segments>[^}]+))?\}")]
    private static partial Regex Variable();
}
