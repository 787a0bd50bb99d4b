namespace Pso.Domain.Allocation.Planning;

/// <summary>A rule a plan breaks, found by <see cref="PlanChecker"/>.</summary>
/// <param name="Code">What kind: <c>over-allocation</c>, <c>dates</c>, <c>link</c>, <c>constraint</c>,
/// <c>calendar</c> or <c>work</c>.</param>
/// <param name="Message">What is wrong, naming the person, day, activity or link.</param>
public sealed record PlanViolation(string Code, string Message);
