namespace Pso.Domain.Errors;

/// <summary>Raised when a lookup names something the model does not have: a resource, a booking, a cost account, a
/// score term, a strategy. The <see cref="PsoDomainException.Code"/> is the owning package's (for example
/// <c>resources.unknown-resource</c>), and the message names the id and, where they are few, the ids known.</summary>
public sealed class UnknownIdException : PsoDomainException
{
    /// <summary>Initialises the error.</summary>
    /// <param name="code">The owning package's stable code, such as <c>resources.unknown-resource</c>.</param>
    /// <param name="id">The id as given.</param>
    /// <param name="message">What was looked up and where, naming the id.</param>
    public UnknownIdException(string code, string id, string message)
        : base(code, message)
    {
        Id = id;
    }

    /// <summary>Gets the id as given.</summary>
    public string Id { get; }
}
