package nl.sleutelnet.network;

public enum KeyFigureStatus { PROSPECT, ACTIVE, PAUSED, ENDED }
