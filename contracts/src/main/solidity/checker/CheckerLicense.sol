// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC4907} from "./IERC4907.sol";

/// @title Checker license
/// @notice An ERC-721 licence to run a checker node, with ERC-4907 delegation: the owner (or an
///         approved address) makes a burner wallet the "user" that runs the checker client until
///         an expiry. Any transfer ends the delegation.
/// @dev Token ids count up from 1. MINTER_ROLE mints; DEFAULT_ADMIN_ROLE only manages roles.
///      userOf answers zero once block.timestamp is past `expires` (a user is valid up to and
///      including its expiry second, as in the ERC-4907 reference implementation).
contract CheckerLicense is ERC721, AccessControl, IERC4907 {
    /// @notice May mint licences (the checker-service's sale or allocation wallet).
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    struct UserInfo {
        address user;
        uint64 expires;
    }

    mapping(uint256 tokenId => UserInfo) private _users;
    uint256 private _minted;

    error ZeroAddress();

    /// @param admin receives DEFAULT_ADMIN_ROLE, which grants and revokes MINTER_ROLE.
    constructor(address admin) ERC721("athgrid Checker License", "ATHCHK") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Mints the next licence to `to`; the id is in the Transfer event.
    /// @param to the first owner; a contract must accept ERC-721 tokens.
    /// @return tokenId the new licence's id.
    function mint(address to) external onlyRole(MINTER_ROLE) returns (uint256 tokenId) {
        tokenId = ++_minted;
        _safeMint(to, tokenId);
    }

    /// @notice How many licences were minted; ids run from 1 to this number.
    function totalMinted() external view returns (uint256) {
        return _minted;
    }

    /// @inheritdoc IERC4907
    function setUser(uint256 tokenId, address user, uint64 expires) external {
        _checkAuthorized(_ownerOf(tokenId), msg.sender, tokenId);
        _users[tokenId] = UserInfo(user, expires);
        emit UpdateUser(tokenId, user, expires);
    }

    /// @inheritdoc IERC4907
    function userOf(uint256 tokenId) external view returns (address) {
        UserInfo memory info = _users[tokenId];
        return block.timestamp <= info.expires ? info.user : address(0);
    }

    /// @inheritdoc IERC4907
    function userExpires(uint256 tokenId) external view returns (uint256) {
        return _users[tokenId].expires;
    }

    /// @notice ERC-165: ERC-721, its metadata, AccessControl and ERC-4907 (0xad092b5c).
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, AccessControl)
        returns (bool)
    {
        return interfaceId == type(IERC4907).interfaceId || super.supportsInterface(interfaceId);
    }

    // A new owner must not inherit the previous owner's delegate.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != to && _users[tokenId].user != address(0)) {
            delete _users[tokenId];
            emit UpdateUser(tokenId, address(0), 0);
        }
    }
}
