using System.Globalization;

namespace Mentoring.WebConsole.Text;

/// <summary>The console's UI text in one language; <see cref="For"/> picks English or German by the UI culture.</summary>
public sealed class ConsoleText
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Navigation { get; init; }

    public required string SignIn { get; init; }

    public required string SignInIntro { get; init; }

    public required string SignOut { get; init; }

    public required string Tenant { get; init; }

    public required string ApiKey { get; init; }

    public required string KeyRefused { get; init; }

    /// <summary>Followed by the OpenID Connect provider's name on the sign-in button.</summary>
    public required string SignInWith { get; init; }

    public required string OpenIdRefused { get; init; }

    public required string SignedInAs { get; init; }

    public required string Programmes { get; init; }

    public required string NoProgrammes { get; init; }

    public required string NewProgramme { get; init; }

    public required string ProgrammeId { get; init; }

    public required string DisplayName { get; init; }

    public required string Description { get; init; }

    public required string Taxonomy { get; init; }

    public required string TaxonomyHint { get; init; }

    public required string Weights { get; init; }

    public required string HardRules { get; init; }

    public required string MinimumOverlapHours { get; init; }

    public required string MaxTimeZoneDistanceHours { get; init; }

    public required string MinimumScore { get; init; }

    public required string EndTime { get; init; }

    public required string PurgeTime { get; init; }

    public required string Created { get; init; }

    public required string Create { get; init; }

    public required string Participants { get; init; }

    public required string Search { get; init; }

    public required string NoMatchesYet { get; init; }

    public required string Role { get; init; }

    public required string AnyRole { get; init; }

    public required string NextPage { get; init; }

    public required string FirstPage { get; init; }

    public required string NoParticipants { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string TimeZone { get; init; }

    public required string Languages { get; init; }

    public required string Rounds { get; init; }

    public required string StartDryRun { get; init; }

    public required string RoundState { get; init; }

    public required string Progress { get; init; }

    public required string Report { get; init; }

    public required string Publish { get; init; }

    public required string Failed { get; init; }

    public required string PreviousPage { get; init; }

    public required string Capacity { get; init; }

    public required string Organisation { get; init; }

    public required string SkillsOffered { get; init; }

    public required string SkillsWanted { get; init; }

    public required string Save { get; init; }

    public required string Saved { get; init; }

    public required string Erase { get; init; }

    public required string EraseWarning { get; init; }

    public required string EraseConfirm { get; init; }

    public required string Cancel { get; init; }

    public required string Erased { get; init; }

    public required string Mentor { get; init; }

    public required string Mentee { get; init; }

    public required string Peer { get; init; }

    public required string Updated { get; init; }

    public required string LanguagesHint { get; init; }

    public required string PageOf { get; init; }

    public required string NoRounds { get; init; }

    public required string Round { get; init; }

    public required string Kind { get; init; }

    public required string DryRun { get; init; }

    public required string Live { get; init; }

    public required string Started { get; init; }

    public required string Ended { get; init; }

    public required string Matched { get; init; }

    public required string MatchRate { get; init; }

    public required string MeanScore { get; init; }

    public required string MenteeCount { get; init; }

    public required string MentorCount { get; init; }

    public required string UnmatchedReasons { get; init; }

    public required string PublishHint { get; init; }

    public required string OpenReport { get; init; }

    public required string PairsScored { get; init; }

    public required string Matches { get; init; }

    public required string NoPublishedRound { get; init; }

    public required string MentorLabel { get; init; }

    public required string Score { get; init; }

    public required string Empty { get; init; }

    public required string AllRounds { get; init; }

    public required string MoreMatches { get; init; }

    public required string ManualOverride { get; init; }

    public required string OverrideHint { get; init; }

    public required string Assign { get; init; }

    public required string AssignQuestion { get; init; }

    public required string SwapMentors { get; init; }

    public required string FirstMatch { get; init; }

    public required string SecondMatch { get; init; }

    public required string SwapQuestion { get; init; }

    public required string ConfirmOverride { get; init; }

    public required string OverrideDone { get; init; }

    public required string ApiKeys { get; init; }

    /// <summary>Marks the key the signed-in session calls with, in place of its rotate and revoke buttons.</summary>
    public required string KeyInUse { get; init; }

    public required string NewKey { get; init; }

    public required string Scopes { get; init; }

    public required string ExpireTime { get; init; }

    public required string CreateKey { get; init; }

    public required string Rotate { get; init; }

    public required string Revoke { get; init; }

    public required string Revoked { get; init; }

    public required string Rotated { get; init; }

    public required string SecretOnce { get; init; }

    public required string NoKeys { get; init; }

    public required string AuditLog { get; init; }

    public required string Time { get; init; }

    public required string Actor { get; init; }

    public required string Method { get; init; }

    public required string Resource { get; init; }

    public required string Outcome { get; init; }

    public required string NoEntries { get; init; }

    public required string Actions { get; init; }

    public required string Edit { get; init; }

    public required string Import { get; init; }

    public required string ImportIntro { get; init; }

    public required string ImportLimit { get; init; }

    public required string ImportFile { get; init; }

    public required string ImportStart { get; init; }

    public required string ImportReading { get; init; }

    public required string ImportSending { get; init; }

    public required string ImportTooLarge { get; init; }

    public required string ImportFileErrors { get; init; }

    public required string ImportKeptBack { get; init; }

    public required string ImportRefused { get; init; }

    public required string ImportDone { get; init; }

    public required string ImportCreated { get; init; }

    public required string ImportUpdated { get; init; }

    public required string ImportUnchanged { get; init; }

    public required string ImportRejected { get; init; }

    public required string ImportErrors { get; init; }

    public required string ImportLine { get; init; }

    public required string ImportColumn { get; init; }

    public required string ImportMessage { get; init; }

    public required string ImportDownloadErrors { get; init; }

    public required string UnmatchedMentees { get; init; }

    public required string Reason { get; init; }

    public required string FirstOnly { get; init; }

    public required string ExportMatchesCsv { get; init; }

    public required string ExportMatchesXlsx { get; init; }

    /// <summary>Column headings of the matches board, by match state.</summary>
    public required IReadOnlyDictionary<string, string> MatchStates { get; init; }

    /// <summary>Labels of the score weights, by their proto field name.</summary>
    public required IReadOnlyDictionary<string, string> WeightNames { get; init; }

    public required string Settings { get; init; }

    public required string Back { get; init; }

    /// <summary>The round analyses: which rule to relax, comparing two rounds.</summary>
    public required AnalysisText Analysis { get; init; }

    /// <summary>The webhooks page.</summary>
    public required WebhookText Webhooks { get; init; }
    /// <summary>The dev mailbox page.</summary>
    public required MailText Mail { get; init; }

    /// <summary>The check-in survey and the programme's feedback page.</summary>
    public required FeedbackText Feedback { get; init; }

    public static ConsoleText For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "de" ? GermanText.Value : EnglishText.Value;
}
