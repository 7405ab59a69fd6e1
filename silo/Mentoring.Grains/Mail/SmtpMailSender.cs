using MailKit.Net.Smtp;
using MailKit.Security;
using Mentoring.Abstractions.Mail;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Mentoring.Grains.Mail;

/// <summary>
/// Hands messages to the configured SMTP server over one kept connection per silo (a new connection per message would
/// cost a handshake each); a failed send drops the connection, so the next send starts a fresh one.
/// </summary>
public sealed class SmtpMailSender(MailOptions options, ILogger<SmtpMailSender> logger) : IMailSender, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Smtp.From);
    private SmtpClient? _client;

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var mime = ToMime(message);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(mime, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "SMTP server {Host}:{Port} did not accept message {MessageId}", options.Smtp.Host, options.Smtp.Port, message.MessageId);
            await DropConnectionAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await DropConnectionAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private MimeMessage ToMime(MailMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId, Date = message.CreatedAt };
        mime.From.Add(_from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true } connected)
        {
            return connected;
        }

        await DropConnectionAsync();
        var smtp = options.Smtp;
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (smtp.User.Length > 0)
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _client = client;
        return client;
    }

    private async Task DropConnectionAsync()
    {
        if (_client is not { } client)
        {
            return;
        }

        _client = null;
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Closing the SMTP connection failed; it is dropped anyway");
        }
        finally
        {
            client.Dispose();
        }
    }
}
