namespace Mentoring.Grains.Mail;

/// <summary>How mail leaves the cluster ("Mentoring:Mail"); without an SMTP host it goes to the dev mailbox.</summary>
public sealed class MailOptions
{
    public SmtpSettings Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public void Validate()
    {
        if (!UsesSmtp)
        {
            return;
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            throw new InvalidOperationException("Mentoring:Mail:Smtp:Port must be between 1 and 65535.");
        }

        if (!MimeKit.MailboxAddress.TryParse(Smtp.From, out _))
        {
            throw new InvalidOperationException($"Mentoring:Mail:Smtp:From '{Smtp.From}' is not a mailbox such as \"Mentoring <mentoring@example.org>\".");
        }

        if (string.IsNullOrEmpty(Smtp.User) != string.IsNullOrEmpty(Smtp.Password))
        {
            throw new InvalidOperationException("Mentoring:Mail:Smtp:User and Password are set together or not at all.");
        }
    }
}

/// <summary>The SMTP server messages are handed to.</summary>
public sealed class SmtpSettings
{
    /// <summary>Host name or address; empty (the default) sends nothing out and fills the dev mailbox instead.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>TLS required: implicit on port 465, STARTTLS on any other port. Off only for a trusted local relay.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>User name for SMTP authentication; empty for none.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The sender of every message.</summary>
    public string From { get; set; } = "Mentoring <mentoring@localhost>";
}
