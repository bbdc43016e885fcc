// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title ERC-4907: rental NFT, an ERC-721 extension with a time-limited "user" role
/// @dev https://eips.ethereum.org/EIPS/eip-4907. Interface id 0xad092b5c.
interface IERC4907 {
    /// @notice The user of `tokenId` changed to `user` until `expires`; user 0 means none.
    event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires);

    /// @notice Sets the user of `tokenId` and when that right expires.
    /// @dev Only the owner or an approved address; user 0 removes the user.
    /// @param tokenId the NFT.
    /// @param user the new user.
    /// @param expires unix seconds until which `user` is the user.
    function setUser(uint256 tokenId, address user, uint64 expires) external;

    /// @notice The user of `tokenId`, or zero when there is none or it expired.
    function userOf(uint256 tokenId) external view returns (address);

    /// @notice Until when the user of `tokenId` is the user (unix seconds), or zero.
    function userExpires(uint256 tokenId) external view returns (uint256);
}
