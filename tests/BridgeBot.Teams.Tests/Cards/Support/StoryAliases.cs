// The shared conflict stories (BridgeBot.Testing) played by the Teams cast.
global using ConflictStory = BridgeBot.Testing.Conflicts.ConflictStory<BridgeBot.Teams.Tests.Cards.Support.CardPeople>;
global using LongText = BridgeBot.Testing.Conflicts.LongText;
global using MaxStories = BridgeBot.Testing.Conflicts.MaxStories<BridgeBot.Teams.Tests.Cards.Support.CardPeople>;
global using Stories = BridgeBot.Testing.Conflicts.Stories<BridgeBot.Teams.Tests.Cards.Support.CardPeople>;
global using DigestStory = BridgeBot.Testing.Conflicts.DigestStories<BridgeBot.Teams.Tests.Cards.Support.CardPeople>;
