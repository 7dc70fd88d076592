// The shared conflict stories (BridgeBot.Testing) played by the Slack cast.
global using ConflictStory = BridgeBot.Testing.Conflicts.ConflictStory<BridgeBot.Slack.Tests.Support.SlackPeople>;
global using LongText = BridgeBot.Testing.Conflicts.LongText;
global using MaxStories = BridgeBot.Testing.Conflicts.MaxStories<BridgeBot.Slack.Tests.Support.SlackPeople>;
global using Stories = BridgeBot.Testing.Conflicts.Stories<BridgeBot.Slack.Tests.Support.SlackPeople>;
global using DigestStory = BridgeBot.Testing.Conflicts.DigestStories<BridgeBot.Slack.Tests.Support.SlackPeople>;
