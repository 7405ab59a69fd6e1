using Mentoring.Abstractions.Mail;
using Mentoring.Grains.Mail;
using Mentoring.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>The SMTP sender against a real SMTP server (aiosmtpd): what arrives, and what happens when the server goes away.</summary>
public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task Messages_reach_a_real_smtp_server_with_their_message_id_sender_recipient_subject_and_body()
    {
        await using var server = await SmtpSink.StartAsync();
        await using var sender = Sender(server.Port);
        MailMessage[] messages =
        [
            Message("m1.side-mentee@mentoring.test", "bo@example.org", "Your match", "Hello Bo,\nyou were matched with Ada."),
            Message("m1.side-mentor@mentoring.test", "ada@example.org", "Ihre Zuordnung", "Hallo Ada,\nSie wurden Bö Jensen zugeordnet. Grüße"),
            Message("m2.side-mentee@mentoring.test", "cy@example.org", "Your match", "Hello Cy."),
        ];

        foreach (var message in messages)
        {
            await sender.SendAsync(message, CancellationToken.None);
        }

        var received = (await server.WaitForAsync(messages.Length)).Select(Parse).ToDictionary(m => m.MessageId ?? "");
        Assert.Equal(messages.Length, received.Count);
        foreach (var message in messages)
        {
            var mime = received[message.MessageId];
            Assert.Equal(message.To, Assert.Single(mime.To.Mailboxes).Address);
            Assert.Equal("mentoring@mentoring.test", Assert.Single(mime.From.Mailboxes).Address);
            Assert.Equal(message.Subject, mime.Subject);
            Assert.Equal(message.Body, (mime.TextBody ?? "").TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task A_send_fails_while_the_server_is_gone_and_succeeds_on_a_fresh_connection_once_it_is_back()
    {
        var server = await SmtpSink.StartAsync();
        var port = server.Port;
        await using var sender = Sender(port);
        await sender.SendAsync(Message("before@mentoring.test", "bo@example.org", "Before", "one"), CancellationToken.None);
        await server.WaitForAsync(1);
        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(Message("during@mentoring.test", "bo@example.org", "During", "two"), CancellationToken.None));

        await using var restarted = await SmtpSink.StartAsync(port);
        await sender.SendAsync(Message("after@mentoring.test", "bo@example.org", "After", "three"), CancellationToken.None);
        var received = Parse(Assert.Single(await restarted.WaitForAsync(1)));
        Assert.Equal("after@mentoring.test", received.MessageId);
    }

    private static SmtpMailSender Sender(int port) => new(
        new MailOptions { Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, UseTls = false, From = "Mentoring <mentoring@mentoring.test>" } },
        NullLogger<SmtpMailSender>.Instance);

    private static MailMessage Message(string id, string to, string subject, string body) =>
        new(id, "smtp-test", to.Split('@')[0], to, subject, body, DateTimeOffset.UtcNow);

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}
