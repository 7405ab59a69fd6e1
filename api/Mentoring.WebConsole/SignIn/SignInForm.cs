namespace Mentoring.WebConsole.SignIn;

/// <summary>What the sign-in form posts.</summary>
public sealed class SignInForm
{
    public string Tenant { get; set; } = "";

    public string ApiKey { get; set; } = "";
}
