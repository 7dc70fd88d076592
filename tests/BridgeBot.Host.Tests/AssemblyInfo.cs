// The host tests build the real host through WebApplicationFactory, which finds the host it builds by listening to
// process-wide hosting events; several factories building at once on parallel test classes can see one another's
// (a start-up test once caught another test's host). They also load the machine (the reliability suite): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
